stub: upstream file of 15929 bytes
