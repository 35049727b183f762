stub: upstream file of 7077 bytes
