stub: upstream file of 14974 bytes
