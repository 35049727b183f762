stub: upstream file of 28656 bytes
