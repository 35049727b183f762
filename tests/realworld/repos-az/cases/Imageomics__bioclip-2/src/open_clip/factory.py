stub: upstream file of 52598 bytes
