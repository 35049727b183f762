stub: upstream file of 30981 bytes
