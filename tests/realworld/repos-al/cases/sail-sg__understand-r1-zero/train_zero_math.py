stub: upstream file of 15859 bytes
