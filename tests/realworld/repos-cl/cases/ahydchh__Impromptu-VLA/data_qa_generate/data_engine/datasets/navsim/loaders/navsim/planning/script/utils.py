stub: upstream file of 6565 bytes
