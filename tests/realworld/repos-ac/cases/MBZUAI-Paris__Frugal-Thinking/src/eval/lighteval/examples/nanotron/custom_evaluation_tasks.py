stub: upstream file of 27972 bytes
