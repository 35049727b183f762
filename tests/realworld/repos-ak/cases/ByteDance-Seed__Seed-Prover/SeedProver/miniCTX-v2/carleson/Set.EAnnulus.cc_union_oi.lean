stub: upstream file of 24464 bytes
