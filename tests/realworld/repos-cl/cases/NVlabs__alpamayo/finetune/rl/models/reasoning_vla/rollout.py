stub: upstream file of 23165 bytes
