stub: upstream file of 111835 bytes
