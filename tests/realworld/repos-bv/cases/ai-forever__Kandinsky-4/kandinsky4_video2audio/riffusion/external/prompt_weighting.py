stub: upstream file of 13949 bytes
