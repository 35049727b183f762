stub: upstream file of 28274 bytes
