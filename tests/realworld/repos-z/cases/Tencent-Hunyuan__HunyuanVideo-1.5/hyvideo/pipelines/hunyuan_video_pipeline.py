stub: upstream file of 70817 bytes
