stub: upstream file of 49104 bytes
