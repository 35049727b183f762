stub: upstream file of 5513 bytes
