stub: upstream file of 37569 bytes
