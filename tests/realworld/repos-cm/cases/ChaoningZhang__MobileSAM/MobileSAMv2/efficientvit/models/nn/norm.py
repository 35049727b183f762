stub: upstream file of 5133 bytes
