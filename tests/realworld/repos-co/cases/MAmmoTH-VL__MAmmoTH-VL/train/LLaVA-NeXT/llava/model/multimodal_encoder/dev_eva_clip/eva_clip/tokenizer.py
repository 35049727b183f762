stub: upstream file of 7163 bytes
