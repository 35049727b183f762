stub: upstream file of 10080 bytes
