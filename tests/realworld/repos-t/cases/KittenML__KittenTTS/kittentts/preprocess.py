stub: upstream file of 39859 bytes
