stub: upstream file of 18977 bytes
