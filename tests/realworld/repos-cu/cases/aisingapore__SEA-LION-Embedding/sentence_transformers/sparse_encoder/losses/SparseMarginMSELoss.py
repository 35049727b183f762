stub: upstream file of 9857 bytes
