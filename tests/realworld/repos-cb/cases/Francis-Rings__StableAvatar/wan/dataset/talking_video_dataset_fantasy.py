stub: upstream file of 15860 bytes
