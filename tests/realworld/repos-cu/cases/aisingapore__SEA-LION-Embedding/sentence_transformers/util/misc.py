stub: upstream file of 3725 bytes
