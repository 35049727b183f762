stub: upstream file of 3859 bytes
