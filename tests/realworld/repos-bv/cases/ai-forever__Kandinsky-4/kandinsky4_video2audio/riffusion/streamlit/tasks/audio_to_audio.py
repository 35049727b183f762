stub: upstream file of 14306 bytes
