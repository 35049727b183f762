stub: upstream file of 833 bytes
