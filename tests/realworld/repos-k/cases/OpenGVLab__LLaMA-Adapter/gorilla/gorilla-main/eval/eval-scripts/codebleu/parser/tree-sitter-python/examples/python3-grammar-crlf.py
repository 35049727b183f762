stub: upstream file of 31722 bytes
