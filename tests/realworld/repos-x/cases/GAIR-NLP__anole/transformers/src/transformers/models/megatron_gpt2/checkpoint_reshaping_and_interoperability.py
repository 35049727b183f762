stub: upstream file of 36692 bytes
