stub: upstream file of 7759 bytes
