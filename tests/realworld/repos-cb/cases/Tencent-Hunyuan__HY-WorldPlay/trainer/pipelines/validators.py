stub: upstream file of 18869 bytes
