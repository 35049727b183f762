stub: upstream file of 43745 bytes
