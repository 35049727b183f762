stub: upstream file of 5720 bytes
