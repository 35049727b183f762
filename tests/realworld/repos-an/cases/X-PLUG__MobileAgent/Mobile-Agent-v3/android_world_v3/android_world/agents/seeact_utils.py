stub: upstream file of 23981 bytes
