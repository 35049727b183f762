stub: upstream file of 3889 bytes
