stub: upstream file of 31785 bytes
