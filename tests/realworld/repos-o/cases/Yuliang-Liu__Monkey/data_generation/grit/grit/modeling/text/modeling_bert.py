stub: upstream file of 24431 bytes
