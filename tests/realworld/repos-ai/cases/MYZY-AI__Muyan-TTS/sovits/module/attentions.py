stub: upstream file of 23820 bytes
