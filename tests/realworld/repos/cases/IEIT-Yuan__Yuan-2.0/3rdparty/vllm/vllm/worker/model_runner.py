stub: upstream file of 24721 bytes
