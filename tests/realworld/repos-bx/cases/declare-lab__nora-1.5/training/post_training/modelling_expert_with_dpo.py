stub: upstream file of 33949 bytes
