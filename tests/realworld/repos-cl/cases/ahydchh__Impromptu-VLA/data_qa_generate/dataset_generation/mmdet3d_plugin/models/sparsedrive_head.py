stub: upstream file of 4074 bytes
