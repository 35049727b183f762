stub: upstream file of 7740 bytes
