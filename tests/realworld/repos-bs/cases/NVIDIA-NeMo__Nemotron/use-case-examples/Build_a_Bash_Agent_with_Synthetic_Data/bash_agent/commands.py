stub: upstream file of 9165 bytes
