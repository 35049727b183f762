stub: upstream file of 4293 bytes
