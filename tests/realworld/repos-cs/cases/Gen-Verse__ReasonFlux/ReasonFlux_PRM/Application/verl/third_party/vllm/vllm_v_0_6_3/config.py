stub: upstream file of 4084 bytes
