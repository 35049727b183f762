stub: upstream file of 5981 bytes
