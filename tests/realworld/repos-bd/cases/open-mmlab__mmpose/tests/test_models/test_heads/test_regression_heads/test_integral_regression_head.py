stub: upstream file of 6547 bytes
