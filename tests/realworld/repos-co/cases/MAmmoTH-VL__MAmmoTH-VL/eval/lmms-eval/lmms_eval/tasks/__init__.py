stub: upstream file of 25127 bytes
