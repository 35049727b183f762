stub: upstream file of 15378 bytes
