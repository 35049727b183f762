stub: upstream file of 12019 bytes
