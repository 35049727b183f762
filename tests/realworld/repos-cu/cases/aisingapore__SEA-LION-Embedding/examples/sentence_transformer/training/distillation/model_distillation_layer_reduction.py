stub: upstream file of 9475 bytes
