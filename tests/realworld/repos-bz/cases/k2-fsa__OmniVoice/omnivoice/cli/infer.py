stub: upstream file of 4561 bytes
