stub: upstream file of 34955 bytes
