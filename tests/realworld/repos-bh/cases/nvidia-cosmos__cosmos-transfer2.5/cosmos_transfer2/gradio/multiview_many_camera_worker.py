stub: upstream file of 9129 bytes
