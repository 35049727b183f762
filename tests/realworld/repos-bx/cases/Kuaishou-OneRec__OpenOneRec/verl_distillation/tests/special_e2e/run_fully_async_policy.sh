stub: upstream file of 7794 bytes
