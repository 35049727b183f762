stub: upstream file of 7820 bytes
