stub: upstream file of 13067 bytes
