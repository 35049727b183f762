stub: upstream file of 26259 bytes
