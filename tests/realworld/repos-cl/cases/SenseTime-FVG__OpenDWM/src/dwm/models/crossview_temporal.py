stub: upstream file of 24182 bytes
