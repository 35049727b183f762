stub: upstream file of 772 bytes
