stub: upstream file of 16293 bytes
