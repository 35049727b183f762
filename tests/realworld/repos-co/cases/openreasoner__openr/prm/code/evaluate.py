stub: upstream file of 9081 bytes
