stub: upstream file of 1546 bytes
