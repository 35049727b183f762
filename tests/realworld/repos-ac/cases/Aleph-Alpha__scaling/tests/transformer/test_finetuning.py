stub: upstream file of 29981 bytes
