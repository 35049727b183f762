stub: upstream file of 9886 bytes
