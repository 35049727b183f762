stub: upstream file of 148756 bytes
