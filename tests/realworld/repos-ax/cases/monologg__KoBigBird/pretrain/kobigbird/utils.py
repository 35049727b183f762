stub: upstream file of 27949 bytes
