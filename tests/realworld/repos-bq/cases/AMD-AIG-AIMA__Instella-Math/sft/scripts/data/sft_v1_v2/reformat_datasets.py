stub: upstream file of 40701 bytes
