stub: upstream file of 19876 bytes
