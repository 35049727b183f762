stub: upstream file of 839057 bytes
