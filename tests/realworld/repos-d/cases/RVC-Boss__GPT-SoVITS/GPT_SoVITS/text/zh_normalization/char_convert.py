stub: upstream file of 66099 bytes
