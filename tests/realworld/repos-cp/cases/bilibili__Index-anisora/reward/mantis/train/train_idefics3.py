stub: upstream file of 11254 bytes
