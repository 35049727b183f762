stub: upstream file of 935 bytes
