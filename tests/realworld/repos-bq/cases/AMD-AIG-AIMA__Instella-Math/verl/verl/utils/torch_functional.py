stub: upstream file of 22167 bytes
