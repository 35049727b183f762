stub: upstream file of 14153 bytes
