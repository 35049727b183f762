stub: upstream file of 36268 bytes
