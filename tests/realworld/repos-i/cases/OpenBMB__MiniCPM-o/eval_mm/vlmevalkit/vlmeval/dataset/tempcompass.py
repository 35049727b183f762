stub: upstream file of 25579 bytes
