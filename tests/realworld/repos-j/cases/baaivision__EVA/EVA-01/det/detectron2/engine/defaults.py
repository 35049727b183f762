stub: upstream file of 27168 bytes
