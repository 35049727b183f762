stub: upstream file of 11745 bytes
