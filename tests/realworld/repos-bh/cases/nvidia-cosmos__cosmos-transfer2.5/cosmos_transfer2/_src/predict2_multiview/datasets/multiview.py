stub: upstream file of 24869 bytes
