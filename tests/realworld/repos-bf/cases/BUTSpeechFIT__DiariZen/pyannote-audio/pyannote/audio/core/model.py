stub: upstream file of 17290 bytes
