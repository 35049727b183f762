stub: upstream file of 50360 bytes
