stub: upstream file of 121090 bytes
