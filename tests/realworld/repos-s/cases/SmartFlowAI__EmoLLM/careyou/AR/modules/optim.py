stub: upstream file of 26584 bytes
