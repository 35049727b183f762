stub: upstream file of 33560 bytes
