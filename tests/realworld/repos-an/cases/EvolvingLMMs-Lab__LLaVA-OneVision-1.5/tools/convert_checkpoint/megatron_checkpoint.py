stub: upstream file of 40660 bytes
