stub: upstream file of 5293 bytes
