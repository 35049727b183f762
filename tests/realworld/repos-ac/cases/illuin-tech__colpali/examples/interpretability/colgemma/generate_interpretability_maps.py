stub: upstream file of 9091 bytes
