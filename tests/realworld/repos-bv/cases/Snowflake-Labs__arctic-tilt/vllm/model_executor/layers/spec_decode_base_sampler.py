stub: upstream file of 10190 bytes
