stub: upstream file of 10535 bytes
