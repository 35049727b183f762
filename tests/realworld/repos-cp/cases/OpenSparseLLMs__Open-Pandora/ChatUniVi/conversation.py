stub: upstream file of 10524 bytes
