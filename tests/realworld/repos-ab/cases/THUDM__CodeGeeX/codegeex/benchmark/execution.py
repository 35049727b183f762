stub: upstream file of 21844 bytes
