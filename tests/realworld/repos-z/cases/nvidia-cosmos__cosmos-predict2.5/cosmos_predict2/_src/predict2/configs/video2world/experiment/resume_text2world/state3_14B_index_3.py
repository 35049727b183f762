stub: upstream file of 165046 bytes
