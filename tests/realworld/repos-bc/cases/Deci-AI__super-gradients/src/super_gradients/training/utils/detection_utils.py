stub: upstream file of 73486 bytes
