stub: upstream file of 3127 bytes
