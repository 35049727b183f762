stub: upstream file of 5859 bytes
