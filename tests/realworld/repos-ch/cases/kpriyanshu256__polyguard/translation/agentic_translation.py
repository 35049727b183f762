stub: upstream file of 26622 bytes
