stub: upstream file of 3771 bytes
