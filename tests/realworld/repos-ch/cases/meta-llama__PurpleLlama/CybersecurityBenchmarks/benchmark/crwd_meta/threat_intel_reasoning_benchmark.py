stub: upstream file of 16928 bytes
