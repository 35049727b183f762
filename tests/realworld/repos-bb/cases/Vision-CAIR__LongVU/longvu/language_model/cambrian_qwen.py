stub: upstream file of 18978 bytes
