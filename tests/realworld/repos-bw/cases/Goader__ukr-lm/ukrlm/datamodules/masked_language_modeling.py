stub: upstream file of 9274 bytes
