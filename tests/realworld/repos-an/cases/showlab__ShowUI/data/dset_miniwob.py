stub: upstream file of 11638 bytes
