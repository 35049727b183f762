stub: upstream file of 15163 bytes
