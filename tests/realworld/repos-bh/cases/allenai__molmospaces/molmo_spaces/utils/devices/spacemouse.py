stub: upstream file of 11600 bytes
