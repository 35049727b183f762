stub: upstream file of 11558 bytes
