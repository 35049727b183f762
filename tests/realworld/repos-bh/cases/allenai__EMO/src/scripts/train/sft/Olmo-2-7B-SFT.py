stub: upstream file of 20043 bytes
