stub: upstream file of 946 bytes
