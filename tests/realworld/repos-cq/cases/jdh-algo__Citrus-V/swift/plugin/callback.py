stub: upstream file of 1150 bytes
