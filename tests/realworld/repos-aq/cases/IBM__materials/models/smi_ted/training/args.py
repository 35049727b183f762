stub: upstream file of 13046 bytes
