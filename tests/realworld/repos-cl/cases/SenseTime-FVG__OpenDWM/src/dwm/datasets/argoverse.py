stub: upstream file of 38876 bytes
