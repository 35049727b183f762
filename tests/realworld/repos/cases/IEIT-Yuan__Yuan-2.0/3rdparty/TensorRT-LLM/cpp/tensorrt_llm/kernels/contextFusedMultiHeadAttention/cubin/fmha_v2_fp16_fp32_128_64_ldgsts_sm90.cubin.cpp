stub: upstream file of 962142 bytes
