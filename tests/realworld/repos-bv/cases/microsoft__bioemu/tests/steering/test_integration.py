stub: upstream file of 27802 bytes
