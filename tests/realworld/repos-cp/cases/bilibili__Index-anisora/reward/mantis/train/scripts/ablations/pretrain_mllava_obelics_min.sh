stub: upstream file of 5621 bytes
