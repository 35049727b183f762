stub: upstream file of 68525 bytes
