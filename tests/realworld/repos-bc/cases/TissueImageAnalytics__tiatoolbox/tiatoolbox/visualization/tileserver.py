stub: upstream file of 33610 bytes
