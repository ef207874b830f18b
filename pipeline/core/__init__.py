"""The shared kernel every stage imports: config, errors, the article record, table schemas, the data lock, Parquet I/O."""
