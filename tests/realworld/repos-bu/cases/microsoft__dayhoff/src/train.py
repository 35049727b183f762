stub: upstream file of 16955 bytes
