stub: upstream file of 21867 bytes
