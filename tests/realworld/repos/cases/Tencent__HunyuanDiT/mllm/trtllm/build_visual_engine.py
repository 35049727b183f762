stub: upstream file of 23127 bytes
