stub: upstream file of 48869 bytes
