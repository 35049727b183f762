stub: upstream file of 15722 bytes
