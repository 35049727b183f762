stub: upstream file of 51006 bytes
