stub: upstream file of 17182 bytes
