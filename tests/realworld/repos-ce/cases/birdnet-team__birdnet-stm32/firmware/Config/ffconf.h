stub: upstream file of 2540 bytes
