stub: upstream file of 25194 bytes
