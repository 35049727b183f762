stub: upstream file of 4567 bytes
