stub: upstream file of 60343 bytes
