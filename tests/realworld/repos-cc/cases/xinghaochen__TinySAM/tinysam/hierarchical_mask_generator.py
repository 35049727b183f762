stub: upstream file of 16070 bytes
