stub: upstream file of 70016 bytes
