stub: upstream file of 26195 bytes
