stub: upstream file of 7135 bytes
