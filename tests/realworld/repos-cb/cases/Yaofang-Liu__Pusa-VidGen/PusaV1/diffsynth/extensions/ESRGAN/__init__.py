stub: upstream file of 5096 bytes
