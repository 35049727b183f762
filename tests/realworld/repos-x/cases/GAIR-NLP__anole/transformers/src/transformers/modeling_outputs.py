stub: upstream file of 112567 bytes
