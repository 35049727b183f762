stub: upstream file of 10750 bytes
