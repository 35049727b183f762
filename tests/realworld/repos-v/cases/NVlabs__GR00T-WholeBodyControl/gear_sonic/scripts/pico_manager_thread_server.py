stub: upstream file of 92049 bytes
