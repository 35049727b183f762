stub: upstream file of 4610 bytes
