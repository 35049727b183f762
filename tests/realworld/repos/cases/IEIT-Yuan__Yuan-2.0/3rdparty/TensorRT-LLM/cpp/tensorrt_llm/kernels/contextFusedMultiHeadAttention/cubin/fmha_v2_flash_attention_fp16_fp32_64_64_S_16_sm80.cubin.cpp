stub: upstream file of 341011 bytes
