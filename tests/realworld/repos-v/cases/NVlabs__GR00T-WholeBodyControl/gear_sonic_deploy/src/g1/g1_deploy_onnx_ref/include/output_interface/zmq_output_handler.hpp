stub: upstream file of 19106 bytes
