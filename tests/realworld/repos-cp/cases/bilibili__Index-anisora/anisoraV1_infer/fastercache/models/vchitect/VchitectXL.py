stub: upstream file of 44182 bytes
