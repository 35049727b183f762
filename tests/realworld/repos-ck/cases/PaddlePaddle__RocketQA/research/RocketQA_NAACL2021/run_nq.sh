stub: upstream file of 3671 bytes
