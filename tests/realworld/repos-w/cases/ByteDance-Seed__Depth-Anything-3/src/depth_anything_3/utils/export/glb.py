stub: upstream file of 15089 bytes
