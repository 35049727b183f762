stub: upstream file of 45 bytes
