stub: upstream file of 11106 bytes
