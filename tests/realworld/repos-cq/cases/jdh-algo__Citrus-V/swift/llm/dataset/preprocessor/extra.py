stub: upstream file of 4498 bytes
