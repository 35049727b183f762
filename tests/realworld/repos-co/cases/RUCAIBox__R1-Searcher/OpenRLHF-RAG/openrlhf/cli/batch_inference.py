stub: upstream file of 13899 bytes
