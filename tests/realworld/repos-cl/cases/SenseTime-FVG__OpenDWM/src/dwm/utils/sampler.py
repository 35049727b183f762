stub: upstream file of 7949 bytes
