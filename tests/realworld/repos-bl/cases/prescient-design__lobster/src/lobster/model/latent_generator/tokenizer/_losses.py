stub: upstream file of 21935 bytes
