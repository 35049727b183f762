stub: upstream file of 8716 bytes
