stub: upstream file of 61324 bytes
