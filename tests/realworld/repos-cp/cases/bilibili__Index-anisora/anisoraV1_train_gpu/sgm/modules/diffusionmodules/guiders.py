stub: upstream file of 2722 bytes
