stub: upstream file of 1981 bytes
