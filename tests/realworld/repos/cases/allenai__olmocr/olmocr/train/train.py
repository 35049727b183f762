stub: upstream file of 31274 bytes
