stub: upstream file of 6824 bytes
