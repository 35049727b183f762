stub: upstream file of 33670 bytes
