stub: upstream file of 27768 bytes
