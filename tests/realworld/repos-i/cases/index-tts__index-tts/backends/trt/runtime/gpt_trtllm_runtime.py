stub: upstream file of 21838 bytes
