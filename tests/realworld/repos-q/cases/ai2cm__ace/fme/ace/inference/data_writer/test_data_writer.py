stub: upstream file of 30411 bytes
