stub: upstream file of 18089 bytes
