stub: upstream file of 17895 bytes
