stub: upstream file of 54149 bytes
