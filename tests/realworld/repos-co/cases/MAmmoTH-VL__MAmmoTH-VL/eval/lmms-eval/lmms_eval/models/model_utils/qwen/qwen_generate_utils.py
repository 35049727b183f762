stub: upstream file of 14346 bytes
