stub: upstream file of 12153 bytes
