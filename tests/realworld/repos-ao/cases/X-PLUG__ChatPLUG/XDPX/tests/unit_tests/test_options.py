stub: upstream file of 5511 bytes
