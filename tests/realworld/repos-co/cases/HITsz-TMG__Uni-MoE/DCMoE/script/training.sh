stub: upstream file of 2507 bytes
