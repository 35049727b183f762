stub: upstream file of 54745 bytes
