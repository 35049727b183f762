stub: upstream file of 7911 bytes
