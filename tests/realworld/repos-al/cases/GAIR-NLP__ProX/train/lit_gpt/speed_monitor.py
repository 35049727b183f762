stub: upstream file of 21099 bytes
