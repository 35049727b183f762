stub: upstream file of 3996 bytes
