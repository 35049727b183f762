stub: upstream file of 30842 bytes
