stub: upstream file of 35353 bytes
