stub: upstream file of 32965 bytes
