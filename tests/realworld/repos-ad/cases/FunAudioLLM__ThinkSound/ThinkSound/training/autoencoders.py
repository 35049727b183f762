stub: upstream file of 20209 bytes
