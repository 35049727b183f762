stub: upstream file of 4113 bytes
