stub: upstream file of 11683 bytes
