stub: upstream file of 54759 bytes
