stub: upstream file of 14238 bytes
