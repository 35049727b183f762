stub: upstream file of 4470 bytes
