stub: upstream file of 3694 bytes
