stub: upstream file of 15353 bytes
