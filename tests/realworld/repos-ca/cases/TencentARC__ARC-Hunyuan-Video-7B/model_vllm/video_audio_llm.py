stub: upstream file of 8066 bytes
