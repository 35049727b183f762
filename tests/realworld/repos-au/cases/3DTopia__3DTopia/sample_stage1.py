stub: upstream file of 13159 bytes
