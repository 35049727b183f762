stub: upstream file of 22955 bytes
