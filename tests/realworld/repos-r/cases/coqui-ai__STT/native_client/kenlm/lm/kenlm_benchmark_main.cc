stub: upstream file of 9039 bytes
