stub: upstream file of 5158 bytes
