stub: upstream file of 18121 bytes
