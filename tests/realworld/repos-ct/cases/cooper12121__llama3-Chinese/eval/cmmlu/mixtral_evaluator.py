stub: upstream file of 9818 bytes
