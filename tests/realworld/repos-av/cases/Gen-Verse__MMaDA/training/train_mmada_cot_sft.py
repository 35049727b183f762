stub: upstream file of 55981 bytes
