stub: upstream file of 11092 bytes
