stub: upstream file of 3543 bytes
