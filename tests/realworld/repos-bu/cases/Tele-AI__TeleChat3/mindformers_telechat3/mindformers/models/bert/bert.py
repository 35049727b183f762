stub: upstream file of 29686 bytes
