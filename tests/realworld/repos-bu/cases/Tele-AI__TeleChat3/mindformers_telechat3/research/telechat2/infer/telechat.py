stub: upstream file of 8182 bytes
