stub: upstream file of 7936 bytes
