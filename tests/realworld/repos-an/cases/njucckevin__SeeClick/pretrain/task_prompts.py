stub: upstream file of 25037 bytes
