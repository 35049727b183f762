stub: upstream file of 4721 bytes
