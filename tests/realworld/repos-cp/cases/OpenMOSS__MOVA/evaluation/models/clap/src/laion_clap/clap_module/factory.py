stub: upstream file of 11091 bytes
