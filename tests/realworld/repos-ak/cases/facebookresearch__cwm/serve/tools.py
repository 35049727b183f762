stub: upstream file of 14410 bytes
