stub: upstream file of 24104 bytes
