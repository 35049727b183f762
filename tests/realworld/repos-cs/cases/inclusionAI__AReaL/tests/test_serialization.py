stub: upstream file of 7523 bytes
