stub: upstream file of 6496 bytes
