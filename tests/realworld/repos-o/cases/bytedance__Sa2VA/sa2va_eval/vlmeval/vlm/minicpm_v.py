stub: upstream file of 18107 bytes
