stub: upstream file of 15720 bytes
