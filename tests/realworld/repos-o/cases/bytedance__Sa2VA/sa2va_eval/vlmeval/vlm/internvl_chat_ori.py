stub: upstream file of 20663 bytes
