stub: upstream file of 12180 bytes
