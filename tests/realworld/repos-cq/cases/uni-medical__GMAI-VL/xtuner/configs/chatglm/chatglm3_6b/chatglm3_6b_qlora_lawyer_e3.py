stub: upstream file of 8070 bytes
