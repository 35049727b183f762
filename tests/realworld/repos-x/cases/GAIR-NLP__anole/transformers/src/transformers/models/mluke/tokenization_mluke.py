stub: upstream file of 80831 bytes
