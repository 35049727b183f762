stub: upstream file of 18061 bytes
