stub: upstream file of 26200 bytes
