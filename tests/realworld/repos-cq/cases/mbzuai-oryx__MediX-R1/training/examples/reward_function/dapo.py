stub: upstream file of 4629 bytes
