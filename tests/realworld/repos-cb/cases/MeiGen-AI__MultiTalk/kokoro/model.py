stub: upstream file of 6721 bytes
