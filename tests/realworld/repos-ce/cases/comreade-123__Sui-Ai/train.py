stub: upstream file of 6903 bytes
