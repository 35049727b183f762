stub: upstream file of 19629 bytes
