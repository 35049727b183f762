stub: upstream file of 38959 bytes
