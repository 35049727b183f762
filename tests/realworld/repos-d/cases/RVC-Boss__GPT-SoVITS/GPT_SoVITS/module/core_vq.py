stub: upstream file of 15116 bytes
