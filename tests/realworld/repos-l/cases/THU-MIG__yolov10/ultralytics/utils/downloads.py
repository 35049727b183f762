stub: upstream file of 21496 bytes
