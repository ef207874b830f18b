"""Language knowledge as plain data: titles, degrees, ranks, organisations, places, dates, stop words."""
