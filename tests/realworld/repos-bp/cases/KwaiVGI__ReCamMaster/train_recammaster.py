stub: upstream file of 23220 bytes
