stub: upstream file of 3722 bytes
