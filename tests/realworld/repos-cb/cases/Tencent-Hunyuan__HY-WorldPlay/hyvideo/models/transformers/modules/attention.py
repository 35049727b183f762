stub: upstream file of 20230 bytes
