stub: upstream file of 53876 bytes
