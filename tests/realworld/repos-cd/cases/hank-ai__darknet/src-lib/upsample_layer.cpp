stub: upstream file of 3099 bytes
