stub: upstream file of 15634 bytes
