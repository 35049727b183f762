stub: upstream file of 19825 bytes
