stub: upstream file of 43101 bytes
