stub: upstream file of 7382 bytes
