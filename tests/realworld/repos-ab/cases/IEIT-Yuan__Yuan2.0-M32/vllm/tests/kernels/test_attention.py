stub: upstream file of 13456 bytes
