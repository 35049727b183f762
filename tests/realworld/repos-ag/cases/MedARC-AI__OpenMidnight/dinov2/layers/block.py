stub: upstream file of 11609 bytes
