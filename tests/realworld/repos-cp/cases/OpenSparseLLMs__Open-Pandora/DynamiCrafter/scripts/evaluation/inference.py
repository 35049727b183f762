stub: upstream file of 16953 bytes
