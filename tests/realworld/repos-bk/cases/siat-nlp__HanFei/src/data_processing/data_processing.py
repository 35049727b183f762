stub: upstream file of 39755 bytes
