stub: upstream file of 186 bytes
