stub: upstream file of 5420 bytes
