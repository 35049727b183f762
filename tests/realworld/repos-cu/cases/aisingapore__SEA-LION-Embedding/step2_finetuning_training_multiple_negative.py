stub: upstream file of 14070 bytes
