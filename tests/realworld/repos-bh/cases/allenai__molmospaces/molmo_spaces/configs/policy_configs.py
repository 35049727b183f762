stub: upstream file of 18876 bytes
