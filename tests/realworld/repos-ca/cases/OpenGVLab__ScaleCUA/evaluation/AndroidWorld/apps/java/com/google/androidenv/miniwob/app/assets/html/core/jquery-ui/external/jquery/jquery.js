stub: upstream file of 328622 bytes
