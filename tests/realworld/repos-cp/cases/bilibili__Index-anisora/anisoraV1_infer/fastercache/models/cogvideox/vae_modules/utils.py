stub: upstream file of 13085 bytes
