stub: upstream file of 13859 bytes
