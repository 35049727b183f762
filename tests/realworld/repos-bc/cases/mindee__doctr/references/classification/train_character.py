stub: upstream file of 19957 bytes
