stub: upstream file of 20450 bytes
