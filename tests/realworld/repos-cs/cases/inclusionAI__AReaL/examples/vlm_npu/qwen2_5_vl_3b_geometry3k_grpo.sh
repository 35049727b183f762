stub: upstream file of 360 bytes
