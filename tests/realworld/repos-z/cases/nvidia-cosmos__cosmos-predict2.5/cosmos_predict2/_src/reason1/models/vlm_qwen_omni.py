stub: upstream file of 20819 bytes
