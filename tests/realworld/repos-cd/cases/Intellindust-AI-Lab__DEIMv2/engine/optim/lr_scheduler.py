stub: upstream file of 3057 bytes
