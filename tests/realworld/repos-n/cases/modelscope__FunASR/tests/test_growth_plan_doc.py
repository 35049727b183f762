stub: upstream file of 16107 bytes
