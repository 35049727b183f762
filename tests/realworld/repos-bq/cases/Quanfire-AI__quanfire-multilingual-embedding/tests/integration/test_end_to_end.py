stub: upstream file of 14793 bytes
