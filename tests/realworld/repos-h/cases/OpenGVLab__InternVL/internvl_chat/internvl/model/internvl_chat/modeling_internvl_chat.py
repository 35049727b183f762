stub: upstream file of 20867 bytes
