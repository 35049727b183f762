stub: upstream file of 582 bytes
