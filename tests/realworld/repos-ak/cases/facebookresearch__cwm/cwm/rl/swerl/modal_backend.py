stub: upstream file of 12506 bytes
