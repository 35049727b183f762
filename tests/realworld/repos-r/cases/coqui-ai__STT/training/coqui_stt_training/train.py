stub: upstream file of 26900 bytes
