stub: upstream file of 13945 bytes
