stub: upstream file of 21098 bytes
