stub: upstream file of 49568 bytes
