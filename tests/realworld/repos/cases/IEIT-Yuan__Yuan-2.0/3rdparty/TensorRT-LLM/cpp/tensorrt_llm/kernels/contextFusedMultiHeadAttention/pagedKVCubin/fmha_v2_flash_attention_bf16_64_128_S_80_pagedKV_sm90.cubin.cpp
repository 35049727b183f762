stub: upstream file of 764857 bytes
