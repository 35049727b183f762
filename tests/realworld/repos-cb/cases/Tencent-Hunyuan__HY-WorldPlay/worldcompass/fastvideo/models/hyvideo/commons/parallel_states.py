stub: upstream file of 2799 bytes
