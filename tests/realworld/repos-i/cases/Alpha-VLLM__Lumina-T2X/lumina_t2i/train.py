stub: upstream file of 28561 bytes
