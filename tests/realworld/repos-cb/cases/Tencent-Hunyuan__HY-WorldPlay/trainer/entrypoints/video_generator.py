stub: upstream file of 14608 bytes
