stub: upstream file of 21295 bytes
