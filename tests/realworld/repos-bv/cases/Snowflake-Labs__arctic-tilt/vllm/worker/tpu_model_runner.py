stub: upstream file of 40781 bytes
