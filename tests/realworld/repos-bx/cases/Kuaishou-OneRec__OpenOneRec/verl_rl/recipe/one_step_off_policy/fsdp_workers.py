stub: upstream file of 9876 bytes
