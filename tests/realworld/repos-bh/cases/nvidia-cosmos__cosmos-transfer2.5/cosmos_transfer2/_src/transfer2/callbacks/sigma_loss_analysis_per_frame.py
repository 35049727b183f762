stub: upstream file of 13536 bytes
