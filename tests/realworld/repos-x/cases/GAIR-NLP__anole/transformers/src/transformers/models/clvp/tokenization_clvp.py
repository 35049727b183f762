stub: upstream file of 14800 bytes
