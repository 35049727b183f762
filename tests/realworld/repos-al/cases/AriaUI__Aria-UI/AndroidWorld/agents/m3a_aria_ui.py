stub: upstream file of 27567 bytes
