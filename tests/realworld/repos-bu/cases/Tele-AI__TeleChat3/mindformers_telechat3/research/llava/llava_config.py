stub: upstream file of 13034 bytes
