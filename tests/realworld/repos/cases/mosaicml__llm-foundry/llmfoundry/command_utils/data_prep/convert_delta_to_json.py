stub: upstream file of 31411 bytes
