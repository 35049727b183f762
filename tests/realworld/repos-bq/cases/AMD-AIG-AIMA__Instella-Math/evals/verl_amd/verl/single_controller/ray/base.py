stub: upstream file of 20344 bytes
