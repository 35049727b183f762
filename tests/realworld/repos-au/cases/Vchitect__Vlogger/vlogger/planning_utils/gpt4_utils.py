stub: upstream file of 24833 bytes
