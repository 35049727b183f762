stub: upstream file of 33892 bytes
