stub: upstream file of 14475 bytes
