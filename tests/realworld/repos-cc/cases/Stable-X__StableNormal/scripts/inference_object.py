stub: upstream file of 5977 bytes
