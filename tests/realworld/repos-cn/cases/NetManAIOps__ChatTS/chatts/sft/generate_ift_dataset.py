stub: upstream file of 17562 bytes
