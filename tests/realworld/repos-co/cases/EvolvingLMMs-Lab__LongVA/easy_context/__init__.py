stub: upstream file of 2690 bytes
