stub: upstream file of 2950 bytes
