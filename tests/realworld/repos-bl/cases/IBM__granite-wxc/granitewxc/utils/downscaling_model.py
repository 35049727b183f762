stub: upstream file of 10216 bytes
