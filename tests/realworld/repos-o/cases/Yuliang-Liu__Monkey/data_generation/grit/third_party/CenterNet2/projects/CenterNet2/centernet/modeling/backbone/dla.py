stub: upstream file of 17202 bytes
