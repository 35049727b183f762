stub: upstream file of 67802 bytes
