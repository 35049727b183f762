stub: upstream file of 13828 bytes
