stub: upstream file of 3794 bytes
