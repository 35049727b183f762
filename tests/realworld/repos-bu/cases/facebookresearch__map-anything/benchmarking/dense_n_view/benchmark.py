stub: upstream file of 26036 bytes
