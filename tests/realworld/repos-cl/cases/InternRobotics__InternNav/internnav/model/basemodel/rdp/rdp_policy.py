stub: upstream file of 45455 bytes
