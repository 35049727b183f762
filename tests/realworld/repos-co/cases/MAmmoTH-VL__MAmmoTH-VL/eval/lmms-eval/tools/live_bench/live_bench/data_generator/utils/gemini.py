stub: upstream file of 1731 bytes
