stub: upstream file of 12475 bytes
