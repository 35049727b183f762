stub: upstream file of 34832 bytes
