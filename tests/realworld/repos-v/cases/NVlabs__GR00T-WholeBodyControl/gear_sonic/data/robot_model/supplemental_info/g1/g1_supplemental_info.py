stub: upstream file of 13099 bytes
