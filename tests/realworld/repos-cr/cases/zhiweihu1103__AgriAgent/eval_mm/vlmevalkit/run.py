stub: upstream file of 6550 bytes
