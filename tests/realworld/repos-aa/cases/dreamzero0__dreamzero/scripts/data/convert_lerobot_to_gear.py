stub: upstream file of 24849 bytes
