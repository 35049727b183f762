stub: upstream file of 51163 bytes
