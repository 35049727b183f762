stub: upstream file of 5605 bytes
