stub: upstream file of 4859 bytes
