stub: upstream file of 35294 bytes
