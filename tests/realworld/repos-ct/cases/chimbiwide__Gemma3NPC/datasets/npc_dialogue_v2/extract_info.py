stub: upstream file of 2067 bytes
