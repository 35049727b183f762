stub: upstream file of 1060909 bytes
