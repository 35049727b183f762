stub: upstream file of 17151 bytes
