stub: upstream file of 70235 bytes
