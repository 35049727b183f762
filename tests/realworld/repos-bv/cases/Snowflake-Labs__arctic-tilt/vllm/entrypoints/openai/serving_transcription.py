stub: upstream file of 15629 bytes
