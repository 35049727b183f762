stub: upstream file of 57889 bytes
