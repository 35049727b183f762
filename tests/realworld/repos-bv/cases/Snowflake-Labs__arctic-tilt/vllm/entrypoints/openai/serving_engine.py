stub: upstream file of 21869 bytes
