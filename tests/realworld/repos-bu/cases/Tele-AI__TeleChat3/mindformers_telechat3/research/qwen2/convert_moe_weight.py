stub: upstream file of 9726 bytes
