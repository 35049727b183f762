stub: upstream file of 3860 bytes
