stub: upstream file of 26065 bytes
