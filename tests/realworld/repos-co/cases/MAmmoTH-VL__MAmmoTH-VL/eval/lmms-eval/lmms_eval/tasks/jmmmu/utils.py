stub: upstream file of 16876 bytes
