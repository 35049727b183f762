stub: upstream file of 11721 bytes
