stub: upstream file of 13186 bytes
