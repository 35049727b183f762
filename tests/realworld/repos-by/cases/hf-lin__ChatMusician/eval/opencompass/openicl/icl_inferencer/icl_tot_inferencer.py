stub: upstream file of 15443 bytes
