stub: upstream file of 11089 bytes
