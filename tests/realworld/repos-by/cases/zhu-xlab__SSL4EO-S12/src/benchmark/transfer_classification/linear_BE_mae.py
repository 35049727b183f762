stub: upstream file of 15189 bytes
