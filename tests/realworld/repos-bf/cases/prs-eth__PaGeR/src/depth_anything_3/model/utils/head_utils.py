stub: upstream file of 6584 bytes
