stub: upstream file of 32118 bytes
