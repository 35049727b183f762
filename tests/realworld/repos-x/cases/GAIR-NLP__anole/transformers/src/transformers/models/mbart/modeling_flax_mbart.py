stub: upstream file of 75089 bytes
