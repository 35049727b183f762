stub: upstream file of 18843 bytes
