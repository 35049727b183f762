stub: upstream file of 4762 bytes
