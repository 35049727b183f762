stub: upstream file of 27099 bytes
