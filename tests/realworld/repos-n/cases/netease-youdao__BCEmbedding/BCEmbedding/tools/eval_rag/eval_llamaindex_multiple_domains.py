stub: upstream file of 19519 bytes
