stub: upstream file of 39812 bytes
