stub: upstream file of 10725 bytes
