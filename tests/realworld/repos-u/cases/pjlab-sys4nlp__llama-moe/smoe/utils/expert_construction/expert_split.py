stub: upstream file of 21457 bytes
