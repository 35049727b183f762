stub: upstream file of 16418 bytes
