stub: upstream file of 1106 bytes
