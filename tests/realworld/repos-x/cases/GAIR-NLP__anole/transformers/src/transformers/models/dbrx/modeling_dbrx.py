stub: upstream file of 69842 bytes
