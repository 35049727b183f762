stub: upstream file of 9721 bytes
