stub: upstream file of 23828 bytes
