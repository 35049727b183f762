stub: upstream file of 4182 bytes
