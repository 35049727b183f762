stub: upstream file of 8722 bytes
