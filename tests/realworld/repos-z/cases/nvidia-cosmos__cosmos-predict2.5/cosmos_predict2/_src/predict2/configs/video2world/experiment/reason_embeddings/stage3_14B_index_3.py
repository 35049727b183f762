stub: upstream file of 37351 bytes
