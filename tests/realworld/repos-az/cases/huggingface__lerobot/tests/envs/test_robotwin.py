stub: upstream file of 10434 bytes
