stub: upstream file of 28182 bytes
