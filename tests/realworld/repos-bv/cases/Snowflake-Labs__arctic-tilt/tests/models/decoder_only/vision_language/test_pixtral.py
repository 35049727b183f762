stub: upstream file of 7722 bytes
