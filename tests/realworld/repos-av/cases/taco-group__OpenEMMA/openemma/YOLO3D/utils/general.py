stub: upstream file of 35226 bytes
