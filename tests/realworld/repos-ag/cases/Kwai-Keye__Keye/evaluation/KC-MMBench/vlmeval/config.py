stub: upstream file of 48981 bytes
