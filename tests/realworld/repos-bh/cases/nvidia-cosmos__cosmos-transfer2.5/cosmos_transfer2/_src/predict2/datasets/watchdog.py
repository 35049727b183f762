stub: upstream file of 11182 bytes
