stub: upstream file of 3876 bytes
