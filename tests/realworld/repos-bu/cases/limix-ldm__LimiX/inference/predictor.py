stub: upstream file of 32084 bytes
