stub: upstream file of 26504 bytes
