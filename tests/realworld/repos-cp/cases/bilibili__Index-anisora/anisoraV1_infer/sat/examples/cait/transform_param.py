stub: upstream file of 5818 bytes
