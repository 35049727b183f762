stub: upstream file of 15840 bytes
