stub: upstream file of 8622 bytes
