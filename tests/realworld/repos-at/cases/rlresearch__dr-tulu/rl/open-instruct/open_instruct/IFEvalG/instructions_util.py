stub: upstream file of 25869 bytes
