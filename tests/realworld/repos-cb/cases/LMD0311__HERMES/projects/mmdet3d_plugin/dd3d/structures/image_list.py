stub: upstream file of 6216 bytes
