stub: upstream file of 14092 bytes
