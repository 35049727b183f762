stub: upstream file of 10248 bytes
