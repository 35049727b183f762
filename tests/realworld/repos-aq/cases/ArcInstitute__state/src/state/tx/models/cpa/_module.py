stub: upstream file of 15107 bytes
