stub: upstream file of 22107 bytes
