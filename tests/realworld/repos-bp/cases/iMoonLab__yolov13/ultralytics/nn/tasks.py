stub: upstream file of 49697 bytes
