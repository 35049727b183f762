stub: upstream file of 40929 bytes
