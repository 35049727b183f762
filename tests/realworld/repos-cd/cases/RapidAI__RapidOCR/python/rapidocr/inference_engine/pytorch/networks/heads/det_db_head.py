stub: upstream file of 4239 bytes
