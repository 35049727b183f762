stub: upstream file of 7835 bytes
