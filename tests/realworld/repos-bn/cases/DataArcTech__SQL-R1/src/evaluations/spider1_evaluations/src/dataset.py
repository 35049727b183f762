stub: upstream file of 15869 bytes
