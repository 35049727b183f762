stub: upstream file of 15389 bytes
