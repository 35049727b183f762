stub: upstream file of 17512 bytes
