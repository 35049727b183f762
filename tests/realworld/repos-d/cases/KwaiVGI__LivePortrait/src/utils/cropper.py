stub: upstream file of 13021 bytes
