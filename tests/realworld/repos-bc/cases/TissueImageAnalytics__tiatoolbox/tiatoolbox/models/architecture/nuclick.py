stub: upstream file of 22042 bytes
