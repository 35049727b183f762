stub: upstream file of 15340 bytes
