stub: upstream file of 17722 bytes
