stub: upstream file of 16182 bytes
