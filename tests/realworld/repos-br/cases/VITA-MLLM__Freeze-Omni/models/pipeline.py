stub: upstream file of 5159 bytes
