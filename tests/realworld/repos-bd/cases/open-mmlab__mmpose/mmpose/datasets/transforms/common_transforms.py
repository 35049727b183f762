stub: upstream file of 45016 bytes
