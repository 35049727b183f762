stub: upstream file of 8492 bytes
