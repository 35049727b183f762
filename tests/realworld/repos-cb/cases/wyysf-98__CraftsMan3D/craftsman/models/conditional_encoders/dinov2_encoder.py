stub: upstream file of 10022 bytes
