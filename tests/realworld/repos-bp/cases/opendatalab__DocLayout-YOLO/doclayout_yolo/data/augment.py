stub: upstream file of 52195 bytes
