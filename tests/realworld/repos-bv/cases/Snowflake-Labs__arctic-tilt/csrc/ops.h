stub: upstream file of 13745 bytes
