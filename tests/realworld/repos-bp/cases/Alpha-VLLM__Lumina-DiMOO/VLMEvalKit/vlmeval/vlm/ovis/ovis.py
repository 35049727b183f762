stub: upstream file of 29722 bytes
