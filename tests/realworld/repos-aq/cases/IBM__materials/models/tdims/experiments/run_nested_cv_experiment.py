stub: upstream file of 18919 bytes
