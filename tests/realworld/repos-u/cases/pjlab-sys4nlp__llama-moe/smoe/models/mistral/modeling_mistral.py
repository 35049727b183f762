stub: upstream file of 61614 bytes
