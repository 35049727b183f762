stub: upstream file of 4107 bytes
