stub: upstream file of 14590 bytes
