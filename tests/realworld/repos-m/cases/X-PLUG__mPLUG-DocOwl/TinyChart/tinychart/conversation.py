stub: upstream file of 18949 bytes
