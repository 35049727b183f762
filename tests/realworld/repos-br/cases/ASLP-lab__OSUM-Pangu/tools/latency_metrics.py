stub: upstream file of 13439 bytes
