stub: upstream file of 4132 bytes
