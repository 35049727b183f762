stub: upstream file of 58876 bytes
