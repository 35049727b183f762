stub: upstream file of 151 bytes
