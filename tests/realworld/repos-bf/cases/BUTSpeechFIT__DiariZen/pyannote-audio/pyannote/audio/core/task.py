stub: upstream file of 31993 bytes
