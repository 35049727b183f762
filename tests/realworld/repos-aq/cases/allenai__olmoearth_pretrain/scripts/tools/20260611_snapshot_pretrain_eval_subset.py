stub: upstream file of 9729 bytes
