stub: upstream file of 4802 bytes
