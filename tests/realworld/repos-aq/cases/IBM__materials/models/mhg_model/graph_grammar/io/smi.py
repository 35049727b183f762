stub: upstream file of 22182 bytes
