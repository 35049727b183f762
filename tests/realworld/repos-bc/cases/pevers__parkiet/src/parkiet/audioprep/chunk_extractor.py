stub: upstream file of 15979 bytes
