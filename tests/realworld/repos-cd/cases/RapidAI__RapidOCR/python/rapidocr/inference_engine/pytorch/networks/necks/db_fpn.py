stub: upstream file of 30360 bytes
