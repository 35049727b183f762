stub: upstream file of 73906 bytes
