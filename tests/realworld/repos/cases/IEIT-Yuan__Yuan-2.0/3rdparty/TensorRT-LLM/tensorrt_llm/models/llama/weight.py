stub: upstream file of 74069 bytes
