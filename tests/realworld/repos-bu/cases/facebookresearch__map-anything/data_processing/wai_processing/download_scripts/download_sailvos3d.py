stub: upstream file of 23694 bytes
