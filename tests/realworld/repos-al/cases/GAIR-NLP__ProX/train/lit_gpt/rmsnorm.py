stub: upstream file of 24167 bytes
