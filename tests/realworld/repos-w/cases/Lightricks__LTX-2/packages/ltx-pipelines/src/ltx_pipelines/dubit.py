stub: upstream file of 14875 bytes
