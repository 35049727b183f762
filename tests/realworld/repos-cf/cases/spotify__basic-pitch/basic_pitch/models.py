stub: upstream file of 10623 bytes
