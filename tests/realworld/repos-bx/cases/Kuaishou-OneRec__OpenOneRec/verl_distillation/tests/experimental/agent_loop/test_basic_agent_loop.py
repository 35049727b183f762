stub: upstream file of 17587 bytes
