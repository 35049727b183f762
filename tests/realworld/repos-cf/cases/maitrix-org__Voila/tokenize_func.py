stub: upstream file of 20849 bytes
