stub: upstream file of 108745 bytes
