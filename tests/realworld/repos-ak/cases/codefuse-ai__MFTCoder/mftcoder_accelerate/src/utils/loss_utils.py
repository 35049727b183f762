stub: upstream file of 15892 bytes
