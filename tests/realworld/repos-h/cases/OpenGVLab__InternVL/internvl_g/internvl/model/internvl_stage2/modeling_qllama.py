stub: upstream file of 48012 bytes
