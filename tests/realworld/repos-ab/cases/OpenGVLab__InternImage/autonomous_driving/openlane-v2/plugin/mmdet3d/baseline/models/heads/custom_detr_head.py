stub: upstream file of 17849 bytes
