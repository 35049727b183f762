stub: upstream file of 90561 bytes
