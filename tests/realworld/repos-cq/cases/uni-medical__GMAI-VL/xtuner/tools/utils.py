stub: upstream file of 5935 bytes
