stub: upstream file of 38089 bytes
