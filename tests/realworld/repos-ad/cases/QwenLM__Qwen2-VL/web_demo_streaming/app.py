stub: upstream file of 28525 bytes
