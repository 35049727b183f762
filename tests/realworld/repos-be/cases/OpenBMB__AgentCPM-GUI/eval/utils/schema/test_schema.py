stub: upstream file of 18908 bytes
