stub: upstream file of 21187 bytes
