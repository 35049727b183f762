stub: upstream file of 8954 bytes
