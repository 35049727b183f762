stub: upstream file of 33146 bytes
