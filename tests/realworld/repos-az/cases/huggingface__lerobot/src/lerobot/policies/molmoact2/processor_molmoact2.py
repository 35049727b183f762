stub: upstream file of 57949 bytes
