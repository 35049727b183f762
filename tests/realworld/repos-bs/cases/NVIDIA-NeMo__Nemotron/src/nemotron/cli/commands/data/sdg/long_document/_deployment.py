stub: upstream file of 14536 bytes
