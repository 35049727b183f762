stub: upstream file of 23592 bytes
