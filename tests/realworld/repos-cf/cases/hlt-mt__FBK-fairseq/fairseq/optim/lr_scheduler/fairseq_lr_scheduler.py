stub: upstream file of 2031 bytes
