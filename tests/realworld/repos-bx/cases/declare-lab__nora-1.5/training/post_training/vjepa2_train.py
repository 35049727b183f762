stub: upstream file of 9585 bytes
