stub: upstream file of 609 bytes
