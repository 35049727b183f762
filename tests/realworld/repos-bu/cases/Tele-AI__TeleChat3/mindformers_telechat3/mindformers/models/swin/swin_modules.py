stub: upstream file of 31182 bytes
