stub: upstream file of 34254 bytes
