stub: upstream file of 9629 bytes
