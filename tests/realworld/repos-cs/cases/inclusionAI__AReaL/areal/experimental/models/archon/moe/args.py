stub: upstream file of 3629 bytes
