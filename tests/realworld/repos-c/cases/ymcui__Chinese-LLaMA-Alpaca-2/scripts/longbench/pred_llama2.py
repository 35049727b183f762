stub: upstream file of 9182 bytes
