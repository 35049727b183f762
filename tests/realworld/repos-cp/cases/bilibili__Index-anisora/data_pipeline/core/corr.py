stub: upstream file of 3090 bytes
