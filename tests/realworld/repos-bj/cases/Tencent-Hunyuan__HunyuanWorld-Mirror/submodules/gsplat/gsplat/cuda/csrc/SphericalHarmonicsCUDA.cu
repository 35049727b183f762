stub: upstream file of 19981 bytes
