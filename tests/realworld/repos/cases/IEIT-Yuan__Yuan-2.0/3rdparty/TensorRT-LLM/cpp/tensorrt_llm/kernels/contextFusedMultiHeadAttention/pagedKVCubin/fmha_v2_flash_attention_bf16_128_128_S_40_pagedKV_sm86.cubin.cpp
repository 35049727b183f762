stub: upstream file of 1026179 bytes
