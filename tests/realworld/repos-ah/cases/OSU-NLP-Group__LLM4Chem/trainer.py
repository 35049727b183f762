stub: upstream file of 58555 bytes
