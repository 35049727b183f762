stub: upstream file of 4792 bytes
