stub: upstream file of 12832 bytes
