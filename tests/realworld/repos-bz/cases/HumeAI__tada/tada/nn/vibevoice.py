stub: upstream file of 9724 bytes
