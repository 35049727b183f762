stub: upstream file of 24162 bytes
