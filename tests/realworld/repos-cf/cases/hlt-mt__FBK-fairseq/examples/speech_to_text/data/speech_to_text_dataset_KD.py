stub: upstream file of 12820 bytes
