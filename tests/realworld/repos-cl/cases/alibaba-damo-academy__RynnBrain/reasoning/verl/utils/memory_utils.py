stub: upstream file of 10672 bytes
