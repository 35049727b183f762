stub: upstream file of 313375 bytes
