stub: upstream file of 49964 bytes
