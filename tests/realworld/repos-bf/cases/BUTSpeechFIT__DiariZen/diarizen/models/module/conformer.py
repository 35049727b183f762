stub: upstream file of 10568 bytes
