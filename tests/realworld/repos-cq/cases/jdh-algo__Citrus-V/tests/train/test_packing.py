stub: upstream file of 2201 bytes
