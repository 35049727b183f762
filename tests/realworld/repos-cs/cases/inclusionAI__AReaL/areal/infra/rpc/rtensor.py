stub: upstream file of 22560 bytes
