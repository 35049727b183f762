stub: upstream file of 65287 bytes
