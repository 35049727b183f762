stub: upstream file of 226066 bytes
