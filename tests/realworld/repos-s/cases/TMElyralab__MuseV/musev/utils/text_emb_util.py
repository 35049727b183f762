stub: upstream file of 17663 bytes
