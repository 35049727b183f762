stub: upstream file of 35626 bytes
