stub: upstream file of 16106 bytes
