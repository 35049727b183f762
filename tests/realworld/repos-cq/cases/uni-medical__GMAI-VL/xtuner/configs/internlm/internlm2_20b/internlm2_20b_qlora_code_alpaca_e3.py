stub: upstream file of 7622 bytes
