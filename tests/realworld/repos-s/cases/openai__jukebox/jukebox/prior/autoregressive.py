stub: upstream file of 18151 bytes
