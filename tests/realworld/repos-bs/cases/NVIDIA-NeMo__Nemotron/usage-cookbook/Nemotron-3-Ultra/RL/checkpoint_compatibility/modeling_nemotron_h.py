stub: upstream file of 86603 bytes
