stub: upstream file of 43629 bytes
