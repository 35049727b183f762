stub: upstream file of 17070 bytes
