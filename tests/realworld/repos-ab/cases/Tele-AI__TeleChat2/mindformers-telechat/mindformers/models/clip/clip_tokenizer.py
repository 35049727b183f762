stub: upstream file of 11954 bytes
