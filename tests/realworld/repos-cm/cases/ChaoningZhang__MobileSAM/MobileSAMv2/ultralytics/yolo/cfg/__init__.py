stub: upstream file of 18267 bytes
