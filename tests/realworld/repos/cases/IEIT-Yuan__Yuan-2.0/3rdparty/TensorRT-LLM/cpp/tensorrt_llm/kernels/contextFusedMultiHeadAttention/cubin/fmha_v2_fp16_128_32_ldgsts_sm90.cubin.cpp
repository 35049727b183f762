stub: upstream file of 915562 bytes
