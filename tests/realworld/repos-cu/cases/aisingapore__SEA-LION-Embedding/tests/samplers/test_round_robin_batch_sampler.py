stub: upstream file of 3504 bytes
