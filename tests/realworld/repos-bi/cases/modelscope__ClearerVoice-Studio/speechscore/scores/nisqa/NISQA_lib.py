stub: upstream file of 77010 bytes
