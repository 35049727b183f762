stub: upstream file of 6424 bytes
