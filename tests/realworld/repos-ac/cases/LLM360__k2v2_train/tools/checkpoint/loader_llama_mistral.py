stub: upstream file of 27523 bytes
