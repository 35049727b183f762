stub: upstream file of 23523 bytes
