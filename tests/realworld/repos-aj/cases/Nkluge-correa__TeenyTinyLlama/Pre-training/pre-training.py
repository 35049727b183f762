stub: upstream file of 38211 bytes
