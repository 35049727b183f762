stub: upstream file of 4849 bytes
