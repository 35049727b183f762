stub: upstream file of 15132 bytes
