stub: upstream file of 26338 bytes
