stub: upstream file of 33598 bytes
