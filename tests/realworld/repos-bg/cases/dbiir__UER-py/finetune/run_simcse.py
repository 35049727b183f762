stub: upstream file of 9855 bytes
