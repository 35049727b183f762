stub: upstream file of 15054 bytes
