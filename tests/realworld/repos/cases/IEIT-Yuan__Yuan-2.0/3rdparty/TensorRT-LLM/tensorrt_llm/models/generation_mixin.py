stub: upstream file of 26187 bytes
