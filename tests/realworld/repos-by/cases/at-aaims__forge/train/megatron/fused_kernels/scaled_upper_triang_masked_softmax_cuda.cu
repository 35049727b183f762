stub: upstream file of 3384 bytes
