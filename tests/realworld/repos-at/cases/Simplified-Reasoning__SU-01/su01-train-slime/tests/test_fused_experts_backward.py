stub: upstream file of 23722 bytes
