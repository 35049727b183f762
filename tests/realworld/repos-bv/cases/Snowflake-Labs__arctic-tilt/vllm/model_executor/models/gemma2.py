stub: upstream file of 17794 bytes
