stub: upstream file of 3678 bytes
