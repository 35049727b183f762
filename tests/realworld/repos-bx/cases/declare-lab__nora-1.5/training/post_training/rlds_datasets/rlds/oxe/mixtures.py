stub: upstream file of 14200 bytes
