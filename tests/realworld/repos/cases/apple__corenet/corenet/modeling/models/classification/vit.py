stub: upstream file of 34759 bytes
