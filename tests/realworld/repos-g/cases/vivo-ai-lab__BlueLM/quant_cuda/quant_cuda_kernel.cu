stub: upstream file of 15843 bytes
