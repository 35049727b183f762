stub: upstream file of 24314 bytes
