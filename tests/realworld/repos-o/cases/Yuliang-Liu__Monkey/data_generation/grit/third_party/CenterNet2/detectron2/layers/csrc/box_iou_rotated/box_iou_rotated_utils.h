stub: upstream file of 10844 bytes
