stub: upstream file of 26550 bytes
