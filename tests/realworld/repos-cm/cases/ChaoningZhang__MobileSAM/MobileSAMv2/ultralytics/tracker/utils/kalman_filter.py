stub: upstream file of 18420 bytes
