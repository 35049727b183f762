stub: upstream file of 8163 bytes
