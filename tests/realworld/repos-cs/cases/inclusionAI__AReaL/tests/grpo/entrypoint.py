stub: upstream file of 1721 bytes
