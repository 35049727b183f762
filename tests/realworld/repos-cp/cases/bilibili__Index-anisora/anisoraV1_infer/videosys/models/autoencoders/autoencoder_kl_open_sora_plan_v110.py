stub: upstream file of 57723 bytes
