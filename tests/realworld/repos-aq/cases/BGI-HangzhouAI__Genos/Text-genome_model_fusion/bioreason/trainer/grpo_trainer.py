stub: upstream file of 46046 bytes
