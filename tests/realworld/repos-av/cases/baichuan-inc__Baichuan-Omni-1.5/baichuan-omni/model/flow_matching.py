stub: upstream file of 31438 bytes
