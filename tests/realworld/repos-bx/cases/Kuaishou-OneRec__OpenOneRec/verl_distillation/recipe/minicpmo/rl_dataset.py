stub: upstream file of 21981 bytes
