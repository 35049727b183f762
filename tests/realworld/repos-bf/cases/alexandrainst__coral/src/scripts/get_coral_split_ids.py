stub: upstream file of 24079 bytes
