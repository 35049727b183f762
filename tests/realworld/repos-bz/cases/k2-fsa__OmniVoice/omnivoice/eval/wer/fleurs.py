stub: upstream file of 16765 bytes
