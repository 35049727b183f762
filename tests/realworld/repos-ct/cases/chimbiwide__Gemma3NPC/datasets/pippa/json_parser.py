stub: upstream file of 3351 bytes
