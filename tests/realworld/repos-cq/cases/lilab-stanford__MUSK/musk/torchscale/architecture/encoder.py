stub: upstream file of 13720 bytes
