stub: upstream file of 14124 bytes
