stub: upstream file of 4724 bytes
