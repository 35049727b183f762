stub: upstream file of 2405 bytes
