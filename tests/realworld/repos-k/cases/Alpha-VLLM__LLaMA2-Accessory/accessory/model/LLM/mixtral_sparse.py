stub: upstream file of 26721 bytes
