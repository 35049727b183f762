stub: upstream file of 16957 bytes
