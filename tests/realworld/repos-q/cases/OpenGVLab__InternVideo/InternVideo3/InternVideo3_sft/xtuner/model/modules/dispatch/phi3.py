stub: upstream file of 19448 bytes
