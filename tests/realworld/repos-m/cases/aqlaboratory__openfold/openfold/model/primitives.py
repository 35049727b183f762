stub: upstream file of 25163 bytes
