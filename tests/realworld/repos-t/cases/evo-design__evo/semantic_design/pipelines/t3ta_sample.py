stub: upstream file of 38674 bytes
