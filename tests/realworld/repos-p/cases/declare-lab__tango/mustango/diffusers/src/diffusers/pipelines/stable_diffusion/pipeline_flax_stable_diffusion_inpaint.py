stub: upstream file of 26220 bytes
