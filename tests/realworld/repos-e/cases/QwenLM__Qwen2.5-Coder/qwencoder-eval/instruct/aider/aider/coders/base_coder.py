stub: upstream file of 66849 bytes
