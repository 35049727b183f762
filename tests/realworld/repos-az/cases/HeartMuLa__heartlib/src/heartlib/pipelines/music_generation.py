stub: upstream file of 14214 bytes
