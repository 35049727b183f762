stub: upstream file of 10687 bytes
