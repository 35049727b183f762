stub: upstream file of 12085 bytes
