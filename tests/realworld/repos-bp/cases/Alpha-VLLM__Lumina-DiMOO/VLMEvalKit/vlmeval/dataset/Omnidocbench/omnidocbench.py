stub: upstream file of 24745 bytes
