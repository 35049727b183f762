stub: upstream file of 20526 bytes
