stub: upstream file of 43981 bytes
