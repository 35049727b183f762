stub: upstream file of 74893 bytes
