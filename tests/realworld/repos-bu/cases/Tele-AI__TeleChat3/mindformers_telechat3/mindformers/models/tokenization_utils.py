stub: upstream file of 52523 bytes
