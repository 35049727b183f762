stub: upstream file of 25568 bytes
