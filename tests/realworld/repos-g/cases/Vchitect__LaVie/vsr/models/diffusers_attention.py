stub: upstream file of 43090 bytes
