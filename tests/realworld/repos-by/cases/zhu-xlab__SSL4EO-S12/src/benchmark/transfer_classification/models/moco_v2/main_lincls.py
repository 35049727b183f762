stub: upstream file of 19571 bytes
