stub: upstream file of 9860 bytes
