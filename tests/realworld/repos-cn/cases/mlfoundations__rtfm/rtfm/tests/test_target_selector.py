stub: upstream file of 6757 bytes
