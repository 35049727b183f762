stub: upstream file of 9890 bytes
