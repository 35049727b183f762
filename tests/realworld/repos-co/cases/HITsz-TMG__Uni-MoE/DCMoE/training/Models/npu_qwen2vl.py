stub: upstream file of 11708 bytes
