stub: upstream file of 38704 bytes
