stub: upstream file of 9842 bytes
