stub: upstream file of 19579 bytes
