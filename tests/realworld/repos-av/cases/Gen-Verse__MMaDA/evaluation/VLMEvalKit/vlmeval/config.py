stub: upstream file of 49113 bytes
