stub: upstream file of 18812 bytes
