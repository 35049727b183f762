stub: upstream file of 3260 bytes
