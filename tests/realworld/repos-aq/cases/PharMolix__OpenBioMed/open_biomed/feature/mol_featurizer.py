stub: upstream file of 36466 bytes
