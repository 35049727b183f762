stub: upstream file of 10722 bytes
