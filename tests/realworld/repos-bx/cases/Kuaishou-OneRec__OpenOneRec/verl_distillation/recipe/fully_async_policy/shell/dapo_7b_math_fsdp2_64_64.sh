stub: upstream file of 6762 bytes
