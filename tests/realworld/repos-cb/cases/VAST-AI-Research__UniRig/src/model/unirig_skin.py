stub: upstream file of 23520 bytes
