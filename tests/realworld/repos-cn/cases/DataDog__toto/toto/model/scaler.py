stub: upstream file of 19836 bytes
