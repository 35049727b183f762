stub: upstream file of 5754 bytes
