stub: upstream file of 21474 bytes
