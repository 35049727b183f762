stub: upstream file of 17099 bytes
