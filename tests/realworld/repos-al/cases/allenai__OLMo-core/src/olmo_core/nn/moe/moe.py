stub: upstream file of 13022 bytes
