stub: upstream file of 13338 bytes
