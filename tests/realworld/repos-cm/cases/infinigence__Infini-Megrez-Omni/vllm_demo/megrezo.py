stub: upstream file of 32726 bytes
