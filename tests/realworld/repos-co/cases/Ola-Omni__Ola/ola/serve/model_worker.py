stub: upstream file of 10960 bytes
