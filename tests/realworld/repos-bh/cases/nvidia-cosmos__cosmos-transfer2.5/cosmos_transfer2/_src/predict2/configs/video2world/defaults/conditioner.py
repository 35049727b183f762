stub: upstream file of 15571 bytes
